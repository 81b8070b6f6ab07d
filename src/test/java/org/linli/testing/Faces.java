package org.linli.testing;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** A module's face as the compiled code has it: the public top-level types of its top package. */
public final class Faces {

    private Faces() {
    }

    public static Set<String> of(String modulePackage) {
        Set<String> face = new TreeSet<>();
        new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(modulePackage)
                .stream()
                .filter(c -> c.getPackageName().equals(modulePackage) && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && c.isTopLevelClass())
                .forEach(c -> face.add(c.getSimpleName()));
        return face;
    }
}
