package duban.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a shared database lives: a PostgreSQL server, as the user gives it with {@code --db}:
 * {@code postgresql://host:5432/duban?user=zhang} (libpq's form, as psql takes it) or a
 * {@code jdbc:postgresql://…} URL. Every other query parameter ({@code sslmode}, {@code sslrootcert},
 * {@code connectTimeout}, …) is handed to the JDBC driver unchanged. A password in the address is
 * taken but never shown: {@link #toString()} and {@link #display()} leave it out.
 *
 * @param host       the server's host name or address
 * @param port       its port, 5432 unless given
 * @param database   the database's name
 * @param user       the login role, or {@code null} for the driver's default (the OS account)
 * @param parameters the other parameters, in the order given
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> parameters) {

    /** PostgreSQL's port when the address names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final String PASSWORD = "password";

    public ServerAddress {
        parameters = Map.copyOf(parameters);
    }

    /**
     * The server {@code text} names, or empty when it is not a server address at all (a file path).
     *
     * @throws IllegalArgumentException when it looks like a server address but cannot be read;
     *     the message is in Chinese
     */
    public static Optional<ServerAddress> parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("jdbc:postgresql:")) {
            rest = text.strip().substring("jdbc:".length());
        } else if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            rest = text.strip();
        } else {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(rest.replaceFirst("(?i)^postgres(ql)?:", "postgresql:"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(duban.i18n.Messages.get("server.badAddress", text));
        }
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (host == null || host.isBlank() || path.isBlank() || path.contains("/")) {
            throw new IllegalArgumentException(duban.i18n.Messages.get("server.badAddress", text));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.put(key, value);
            }
        }
        String user = parameters.remove("user");
        if (uri.getRawUserInfo() != null) {
            // libpq also takes postgresql://user:password@host/db
            String[] info = uri.getRawUserInfo().split(":", 2);
            user = decode(info[0]);
            if (info.length == 2) {
                parameters.put(PASSWORD, decode(info[1]));
            }
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return Optional.of(new ServerAddress(host, port, decode(path), user, parameters));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The JDBC URL without user or password (those go to the driver as properties). */
    String jdbcUrl() {
        String query = parameters.entrySet().stream().filter(entry -> !entry.getKey().equals(PASSWORD))
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + encode(database) + (query.isEmpty() ? "" : "?" + query);
    }

    /** The password written into the address itself, if the user did (not recommended; never shown). */
    Optional<String> passwordInAddress() {
        return Optional.ofNullable(parameters.get(PASSWORD));
    }

    /** The same server with {@code login} as the user (the login dialog may change it). */
    public ServerAddress withUser(String login) {
        return new ServerAddress(host, port, database, login, parameters);
    }

    /** How the board names the server to the user: {@code zhang@host:5432/duban}. */
    public String display() {
        return (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return display();
    }
}
