package duban.projector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The projector's settings in memory, for view-model tests. */
final class MemorySettings implements ProjectorSettings {

    final Map<String, String> values = new LinkedHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
