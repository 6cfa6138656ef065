package io.pcmops.cli.commands.users;

import io.pcmops.InvalidRequestException;
import io.pcmops.cli.support.Prompter;
import java.io.PrintWriter;

/** A new password from the no-echo prompt (typed twice) or the first line of standard input; never from argv. */
final class NewPassword {

    private NewPassword() {
    }

    static String read(Prompter prompter, PrintWriter err, String username) {
        String password = prompter.readNewPassword(err, "New password for " + username);
        if (password == null || password.isEmpty()) {
            throw new InvalidRequestException(prompter.interactive() ? "the two passwords differ, or none was typed"
                    : "no password on standard input (give it as its first line)");
        }
        return password;
    }
}
