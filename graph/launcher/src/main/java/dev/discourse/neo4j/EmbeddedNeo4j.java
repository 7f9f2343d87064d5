package dev.discourse.neo4j;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community Edition embedded (Neo4j's own DatabaseManagementServiceBuilder API) with a
 * Bolt connector on 127.0.0.1, so that ordinary Neo4j drivers connect to it as to a server.
 *
 * Environment: NEO4J_DATA_DIR (the script passes it), NEO4J_BOLT_PORT (default 7687),
 * NEO4J_USER (default neo4j), NEO4J_PASSWORD (required, at least 8 characters).
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("NEO4J_DATA_DIR", "graph/.neo4j-data")).toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String user = env("NEO4J_USER", "neo4j");
        String password = env("NEO4J_PASSWORD", "");
        if (password.length() < 8) {
            // Neo4j's own minimum (dbms.security.auth_minimum_password_length) is 8; fail early and clearly.
            System.err.println("NEO4J_PASSWORD must be set and at least 8 characters long");
            System.exit(2);
        }

        SocketAddress bolt = new SocketAddress(HOST, port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                // neo4j:// drivers route to the addresses in the routing table, which lists the
                // advertised address; pin it to the exact address we listen on.
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                // Bolt only: no HTTP endpoints (the HTTP server is not on the classpath anyway).
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No phoning home: dbms.usage_report.enabled=false stops the usage-data collector.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                // Netty's graceful-shutdown quiet period is 5 s by default, most of a stop's time;
                // 1 s is plenty for a local dev/test server (internal setting, stable within 5.26).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
                .build();

        // Shut down cleanly on SIGTERM/SIGINT so the store is not left needing recovery.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
                System.out.println("neo4j stopped");
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        try {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!neo4j.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                throw new IllegalStateException("default database did not become available");
            }
            ensureUser(system, user, password);
            System.out.println("neo4j " + version(neo4j) + " ready on bolt://" + HOST + ":" + port);
            System.out.flush();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook
        }
        stopped.await(); // Neo4j's own threads keep the JVM alive; we just wait for shutdown.
    }

    /**
     * Makes NEO4J_USER log in with NEO4J_PASSWORD, idempotently. A restart with an unchanged
     * password only does a login check: each administration command costs 1-2 s of cold query
     * planning at start-up. Otherwise the user is created, or its password set, on the system
     * database (embedded transactions have full privileges, so no login is needed for that).
     */
    private static void ensureUser(GraphDatabaseService system, String user, String password) {
        AuthenticationResult login = tryLogin(system, user, password);
        if (login == AuthenticationResult.SUCCESS) {
            return;
        }
        Map<String, Object> params = Map.of("user", user, "pw", password);
        if (login == AuthenticationResult.PASSWORD_CHANGE_REQUIRED) {
            system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", params);
        } else if (userExists(system, params)) {
            // The initial neo4j/neo4j user, or the password in the environment changed.
            try {
                system.executeTransactionally(
                        "ALTER USER $user SET PASSWORD $pw CHANGE NOT REQUIRED", params);
            } catch (QueryExecutionException e) {
                // Only reachable if the login failed for another reason (e.g. too many attempts).
                if (!e.getMessage().contains("Old password and new password cannot be the same")) {
                    throw e;
                }
            }
        } else {
            system.executeTransactionally(
                    "CREATE USER $user SET PASSWORD $pw CHANGE NOT REQUIRED", params);
        }
        if (tryLogin(system, user, password) != AuthenticationResult.SUCCESS) {
            throw new IllegalStateException("could not set up Neo4j user '" + user + "'");
        }
    }

    /** Authenticates through Neo4j's own AuthManager, exactly as a Bolt login would, without Cypher. */
    private static AuthenticationResult tryLogin(GraphDatabaseService system, String user, String password) {
        AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
        try {
            return auth.login(AuthToken.newBasicAuthToken(user, password), ClientConnectionInfo.EMBEDDED_CONNECTION)
                    .subject()
                    .getAuthenticationResult();
        } catch (Exception e) {
            return AuthenticationResult.FAILURE;
        }
    }

    private static boolean userExists(GraphDatabaseService system, Map<String, Object> params) {
        return system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n", params,
                r -> ((Number) r.next().get("n")).longValue() > 0);
    }

    /** The version Neo4j reports about itself (asked on a user database: system rejects CALL ... WHERE). */
    private static String version(GraphDatabaseService db) {
        return db.executeTransactionally(
                "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions",
                Map.of(), r -> ((List<?>) r.next().get("versions")).get(0).toString());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
