package org.linli.gridwork.visits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linli.registry.TaggedResidents;
import org.springframework.stereotype.Component;

/** The names pages give tag codes, from the registry's catalogue, read once per page. */
@Component
public class TagNames {

    private final TaggedResidents tagged;

    TagNames(TaggedResidents tagged) {
        this.tagged = tagged;
    }

    /** Code → name, in the catalogue's order. */
    public Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        tagged.catalogue().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }

    /** The tags a role may see, code → name: sensitive ones only for roles that see them. */
    public Map<String, String> visibleTo(boolean sensitive) {
        Map<String, String> names = new LinkedHashMap<>();
        List<TaggedResidents.CatalogueTag> catalogue = tagged.catalogue();
        catalogue.stream().filter(t -> sensitive || !t.sensitive()).forEach(t -> names.put(t.code(), t.name()));
        return names;
    }
}
