package io.pcmops.aws.testkit;

import java.util.List;

/**
 * A Linux distribution an {@link EmulatedHost} looks like: its {@code /etc/os-release}, its running kernel (as
 * {@code uname -r} prints it), its package manager and the kernel updates its repositories offer.
 *
 * @param name           short name, e.g. {@code rhel8}
 * @param osRelease      the text of {@code /etc/os-release}
 * @param kernel         {@code uname -r}
 * @param packageManager {@code yum}, {@code dnf} (RHEL 8 also has {@code yum}) or {@code apt}
 * @param updates        kernel versions the repositories offer (as {@code yum list} or the package names show them)
 * @param sshUnit        the SSH daemon's unit: {@code sshd}, or {@code ssh} on Debian and Ubuntu
 */
public record EmulatedDistro(String name, String osRelease, String kernel, String packageManager, List<String> updates,
                             String sshUnit) {

    public static final EmulatedDistro RHEL7 = rpm("rhel7", "rhel", "fedora", "7.9",
            "Red Hat Enterprise Linux Server 7.9 (Maipo)", "3.10.0-1160.el7.x86_64", "yum", "3.10.0-1160.118.1.el7");
    public static final EmulatedDistro RHEL8 = rpm("rhel8", "rhel", "fedora", "8.10",
            "Red Hat Enterprise Linux 8.10 (Ootpa)", "4.18.0-553.el8_10.x86_64", "dnf", "4.18.0-553.40.1.el8_10",
            "4.18.0-553.45.1.el8_10");
    public static final EmulatedDistro RHEL9 = rpm("rhel9", "rhel", "fedora", "9.4",
            "Red Hat Enterprise Linux 9.4 (Plow)", "5.14.0-427.13.1.el9_4.x86_64", "dnf", "5.14.0-503.11.1.el9_5");
    public static final EmulatedDistro CENTOS7 = rpm("centos7", "centos", "rhel fedora", "7",
            "CentOS Linux 7 (Core)", "3.10.0-1160.el7.x86_64", "yum", "3.10.0-1160.118.1.el7", "3.10.0-1160.119.1.el7");
    public static final EmulatedDistro AMAZON_LINUX_2 = rpm("al2", "amzn", "centos rhel fedora", "2",
            "Amazon Linux 2", "5.10.220-209.869.amzn2.x86_64", "yum", "5.10.225-213.878.amzn2");
    public static final EmulatedDistro AMAZON_LINUX_2023 = rpm("al2023", "amzn", "fedora", "2023",
            "Amazon Linux 2023.5.20240805", "6.1.97-104.177.amzn2023.x86_64", "dnf", "6.1.102-108.177.amzn2023");
    public static final EmulatedDistro UBUNTU_2204 = deb("ubuntu2204", "ubuntu", "debian", "22.04", "jammy",
            "Ubuntu 22.04.4 LTS", "5.15.0-1051-aws", "5.15.0-1066-aws");
    public static final EmulatedDistro DEBIAN_12 = deb("debian12", "debian", "", "12", "bookworm",
            "Debian GNU/Linux 12 (bookworm)", "6.1.0-18-cloud-amd64", "6.1.0-25-cloud-amd64");

    /** Every emulated distribution. */
    public static final List<EmulatedDistro> ALL = List.of(RHEL7, CENTOS7, RHEL8, RHEL9, AMAZON_LINUX_2,
            AMAZON_LINUX_2023, UBUNTU_2204, DEBIAN_12);

    /** Whether packages are RPMs (yum or dnf). */
    public boolean rpm() {
        return !packageManager.equals("apt");
    }

    private static EmulatedDistro rpm(String name, String id, String like, String version, String pretty,
                                      String kernel, String manager, String... updates) {
        return new EmulatedDistro(name, osRelease(id, like, version, "", pretty), kernel, manager, List.of(updates),
                "sshd");
    }

    private static EmulatedDistro deb(String name, String id, String like, String version, String codename,
                                      String pretty, String kernel, String... updates) {
        return new EmulatedDistro(name, osRelease(id, like, version, codename, pretty), kernel, "apt",
                List.of(updates), "ssh");
    }

    private static String osRelease(String id, String like, String version, String codename, String pretty) {
        return "NAME=\"" + pretty.split(" [0-9(]")[0] + "\"\nVERSION_ID=\"" + version + "\"\nID=\"" + id + "\"\n"
                + (like.isEmpty() ? "" : "ID_LIKE=\"" + like + "\"\n") + "PRETTY_NAME=\"" + pretty + "\"\n"
                + (codename.isEmpty() ? "" : "VERSION_CODENAME=" + codename + "\n");
    }
}
