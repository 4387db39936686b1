package org.wasmpart.core.generate;

import static org.wasmpart.core.generate.MarkdownText.code;
import static org.wasmpart.core.generate.MarkdownText.link;
import static org.wasmpart.core.generate.MarkdownText.text;

import java.util.Locale;
import java.util.stream.Collectors;

import org.wasmpart.core.Facts;
import org.wasmpart.core.validation.Finding;
import org.wasmpart.model.Identified;
import org.wasmpart.model.Source;
import org.wasmpart.model.Sourced;

/**
 * The isolation report's notes: the catalog facts the isolation rests on that nobody confirmed
 * (with their sources, as {@code wasmpart catalog} prints them), the objects the design defines
 * without sources, and what validation warned of. A reader of security documentation needs to
 * know which numbers to check on the real part.
 */
final class NotesSection {

    private NotesSection() {
    }

    static String of(GenerationInput input, CatalogNotes notes) {
        StringBuilder s = new StringBuilder("## Notes\n\n### Facts not confirmed\n\n");
        if (notes.unverified().isEmpty()) {
            s.append("Every catalog fact this design relies on has a verified source.\n");
        } else {
            s.append("""
                    The catalog marks these sources of facts this design relies on as unverified: check \
                    them on the part before relying on the isolation above. A fact also backed by a \
                    verified source says so.

                    """);
            MarkdownTable t = new MarkdownTable("llll", "object", "facts", "source", "note");
            for (CatalogNotes.Note n : notes.unverified()) {
                Source src = n.source();
                t.row(what(n.object()), src.getFacts().stream()
                        .map(f -> code(f) + (Facts.isVerified(n.object(), f) ? " (also verified)" : ""))
                        .collect(Collectors.joining(", ")),
                        link(src.getUrl()) + (src.getSection() == null ? "" : ", " + text(src.getSection())),
                        src.getNote() == null ? "" : text(src.getNote()));
            }
            s.append(t.render());
        }
        if (!notes.unsourced().isEmpty()) {
            s.append("\nDefined by the design itself, without sources, and taken as stated: ")
                    .append(notes.unsourced().stream().map(NotesSection::what).collect(Collectors.joining(", ")))
                    .append(".\n");
        }
        s.append("\n### Validation warnings\n\n");
        if (input.warnings().isEmpty()) {
            s.append("None.\n");
        }
        for (Finding f : input.warnings()) {
            // the code first, so no message can start the item with markup
            s.append("- ").append(code(f.code().id())).append(": ").append(text(f.message())).append('\n');
        }
        return s.toString();
    }

    /** "protection unit PMP (`id`)": the kind of catalog object, then its name. */
    private static String what(Sourced object) {
        String kind = object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return kind + " " + IsolationReport.named((Identified) object);
    }
}
