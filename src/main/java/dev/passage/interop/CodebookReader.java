package dev.passage.interop;

import dev.passage.coding.CodePalette;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads nested {@code Code} elements (of a project's CodeBook or of a .qdc) into plan codes: names made unique among
 * siblings, colours normalised to #RRGGBB (a missing one taken from the palette), descriptions split into Passage's four
 * parts. Remembers each code's key and its note references.
 */
final class CodebookReader {
    private static final Pattern COLOUR = Pattern.compile("#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");
    private final InteropReport.Builder report;
    final Map<String, ImportPlan.Code> byKey = new LinkedHashMap<>();
    final Map<String, List<String>> noteRefs = new LinkedHashMap<>();
    private int count;

    CodebookReader(InteropReport.Builder report) {
        this.report = report;
    }

    List<ImportPlan.Code> read(Element codes) {
        return codes(SecureXml.children(codes, "Code"));
    }

    private List<ImportPlan.Code> codes(List<Element> elements) {
        List<ImportPlan.Code> out = new ArrayList<>();
        Set<String> siblings = new HashSet<>();
        for (Element e : elements) {
            String guid = SecureXml.attr(e, "guid");
            String key = Guids.key(guid);
            String name = Names.fit(SecureXml.attr(e, "name"), 300);
            if (key == null || name == null || name.isBlank()) {
                report.lose("Code", describe(guid, name), "has no guid or no name");
                continue;
            }
            if (byKey.containsKey(key)) {
                report.lose("Code", describe(guid, name), "its guid is used twice; the second use is left out");
                continue;
            }
            String unique = Names.unique(name.strip(), siblings);
            if (!unique.equals(name.strip())) {
                report.warn("code \"" + name + "\" occurs twice at one level; the second is named \"" + unique + "\"");
            }
            if ("false".equals(SecureXml.attr(e, "isCodable"))) {
                report.warn("code \"" + unique + "\" was a folder (isCodable=false); in Passage every code can be applied");
            }
            String colour = colour(SecureXml.attr(e, "color"), unique);
            List<String> notes = new ArrayList<>();
            SecureXml.children(e, "NoteRef").forEach(n -> notes.add(Guids.key(SecureXml.attr(n, "targetGUID"))));
            noteRefs.put(key, notes);
            count++;
            byKey.put(key, new ImportPlan.Code(key, unique, colour, null, List.of())); // claimed before the children are read
            ImportPlan.Code code = new ImportPlan.Code(key, unique, colour, CodeDescriptions.parse(SecureXml.childText(e, "Description")),
                                                       codes(SecureXml.children(e, "Code")));
            byKey.put(key, code);
            out.add(code);
        }
        return out;
    }

    int count() {
        return count;
    }

    private String colour(String colour, String code) {
        if (colour == null || colour.isBlank()) {
            return CodePalette.colourFor(count);
        }
        var m = COLOUR.matcher(colour.strip());
        if (!m.matches()) {
            report.warn("code \"" + code + "\" has the colour \"" + colour + "\", which is not #RRGGBB; a palette colour is used");
            return CodePalette.colourFor(count);
        }
        String hex = m.group(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex.toUpperCase(Locale.ROOT);
    }

    private static String describe(String guid, String name) {
        return (name == null ? "(no name)" : "\"" + name + "\"") + (guid == null ? "" : " " + guid);
    }
}
