package org.tarikh.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.tarikh.text.UnsafeText;

/**
 * Every string of a JSON body (values and keys, typed fields and free-form maps alike) is refused when it holds
 * a control character other than tab, newline or carriage return: PostgreSQL cannot store NUL, and the rest is
 * invisible garbage. The error names the field, as any other JSON error does ({@link ErrorMappers#badJson}).
 */
@Singleton
public class JsonText implements ObjectMapperCustomizer {

    /** A string of the body holds a control character. */
    public static final class UnsafeString extends JsonMappingException {
        UnsafeString(JsonParser p, String message) {
            super(p, message);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("tarikh-safe-text");
        module.addDeserializer(String.class, new SafeStrings());
        module.addDeserializer(Object.class, new SafeUntyped());
        module.addKeyDeserializer(String.class, new SafeKeys());
        mapper.registerModule(module);
    }

    private static String checked(JsonParser p, String where, String value) throws JsonMappingException {
        int control = UnsafeText.firstControl(value, true);
        if (control >= 0) {
            throw new UnsafeString(p, (where.isEmpty() ? "A string" : where)
                    + " must not contain the control character " + UnsafeText.name(control) + ".");
        }
        return value;
    }

    private static final class SafeStrings extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, "", StringDeserializer.instance.deserialize(p, ctxt));
        }
    }

    private static final class SafeKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(ctxt.getParser(), "A key", key);
        }
    }

    /** Free-form values (maps, lists, scalars): read as Jackson would, then every string and key is checked. */
    private static final class SafeUntyped extends JsonDeserializer<Object> {

        /** Jackson's own, left unresolved: plain maps, lists and scalars, with no custom deserializer inside. */
        private static final UntypedObjectDeserializer PLAIN = new UntypedObjectDeserializer();

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = PLAIN.deserialize(p, ctxt);
            walk(p, "", value);
            return value;
        }

        private static void walk(JsonParser p, String where, Object value) throws JsonMappingException {
            if (value instanceof String s) {
                checked(p, where, s);
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = String.valueOf(e.getKey());
                    checked(p, "A key", key);
                    walk(p, where.isEmpty() ? key : where + "." + key, e.getValue());
                }
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    walk(p, where + "[" + i + "]", list.get(i));
                }
            }
        }
    }
}
