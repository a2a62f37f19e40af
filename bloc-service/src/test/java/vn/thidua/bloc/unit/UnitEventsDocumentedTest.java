package vn.thidua.bloc.unit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml is the event contract other teams read: it must list what this service emits. */
class UnitEventsDocumentedTest {

    private static String asyncApi() throws IOException {
        // surefire runs in bloc-service/
        return Files.readString(Path.of("../docs/asyncapi.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void everyUnitEventTypeAndKindIsDocumented() throws IOException {
        String doc = asyncApi();
        assertTrue(doc.contains("address: " + UnitEvents.TOPIC), UnitEvents.TOPIC);
        for (String type : new String[] {UnitEvents.CREATED, UnitEvents.UPDATED, UnitEvents.DEACTIVATED, UnitEvents.ACTIVATED}) {
            assertTrue(doc.contains("name: " + type), type);
        }
        for (UnitKind kind : UnitKind.values()) {
            assertTrue(doc.contains(kind.name()), "unit kind " + kind);
        }
        for (var component : UnitEvents.UnitSnapshot.class.getRecordComponents()) {
            assertTrue(doc.contains("        " + component.getName() + ":"), "snapshot field " + component.getName());
        }
    }
}
