package org.linli.casework.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/**
 * GeoReport v2's JSON schemas (src/test/resources/open311): those the Open311 project publishes
 * (request, requests, service, services, service-definition, restated from
 * github.com/open311/schema-validation), and, where none is published, schemas written from the
 * specification (discovery, POST answer, token, errors) and from the updates extension FixMyStreet
 * reads (updates). Each file's {@code $comment} says which.
 */
final class Open311Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private Open311Schemas() {
    }

    static List<Error> errors(String schema, JsonNode document) {
        Schema s = REGISTRY.getSchema(SchemaLocation.of("classpath:open311/" + schema + ".json"));
        return s.validate(document);
    }

    static JsonNode valid(String schema, JsonNode document) {
        assertThat(errors(schema, document)).as("%s against %s", document, schema).isEmpty();
        return document;
    }
}
