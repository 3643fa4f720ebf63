package org.tarikh.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import org.tarikh.text.IsoInstant;

/**
 * Instants in JSON as ISO-8601 text, the same text Jackson's own serializer writes with the app's settings
 * ({@link IsoInstant}), written without a {@code DateTimeFormatter}: every review and next card answers with one.
 * Jackson looks in the module registered last first: this customizer runs last, after Quarkus's own has registered
 * the Java time module, so its serializer is the one found.
 */
@Singleton
public class JsonInstants implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("tarikh-instants").addSerializer(Instant.class, new IsoText()));
    }

    private static final class IsoText extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(IsoInstant.format(value));
        }
    }
}
