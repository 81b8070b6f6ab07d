package org.linli.registry.imports;

import java.util.regex.Pattern;

/**
 * What a person's name may hold: letters of any script (汉字, Latin, Mongolian, Uyghur …) with their
 * marks, the separating dot of transcribed names (阿卜杜·热合曼), spaces and hyphens; never digits
 * or markup.
 */
final class PersonNames {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}·•・.\\- ]+");

    private PersonNames() {
    }

    static boolean isWellFormed(String name) {
        return name != null && NAME.matcher(name).matches() && Character.isLetter(name.codePointAt(0));
    }
}
