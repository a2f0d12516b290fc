package dev.passage.cli;

import dev.passage.coders.CoderView;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.session.ProjectSession;

import java.io.PrintWriter;
import java.util.List;

/** The global {@code --codings-of A,B}: narrows what the session shows, and says on stderr when the output is filtered. */
final class CoderChoice {
    private CoderChoice() {
    }

    static void apply(ProjectSession session, List<String> coders, PrintWriter err) {
        var c = session.coders();
        if (coders != null && !coders.isEmpty()) {
            List<String> names = coders.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
            List<String> known = c.known();
            for (String name : names) {
                if (!known.contains(name) && !name.equals(session.coding().coder())) {
                    throw new PassageException(ErrorKind.BAD_INPUT,
                                               Text.of("coders.unknownCoder", name, known.isEmpty() ? "none yet" : String.join(", ", known)));
                }
            }
            c.setView(CoderView.chosen(names));
        }
        if (c.blind()) {
            err.println("passage: note: blind coding (locked by " + c.blindLock().orElseThrow().lead() + "): you see only your codings ("
                        + session.coding().coder() + ")");
            err.flush();
        } else if (c.filtered()) {
            err.println("passage: note: showing only the codings of " + String.join(", ", c.scope().sortedCoders()));
            err.flush();
        }
    }
}
