package io.pcmops.internal.workflow.facts;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders version-like text naturally: {@code 4.18.0-553.45.1} after {@code 4.18.0-553.5.1}. */
public final class VersionOrder implements Comparator<String> {

    /** The natural order, newest last. */
    public static final VersionOrder ASCENDING = new VersionOrder();

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        Matcher left = PART.matcher(a);
        Matcher right = PART.matcher(b);
        while (left.find() && right.find()) {
            String x = left.group();
            String y = right.group();
            boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int order = numbers ? compareNumbers(x, y) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
