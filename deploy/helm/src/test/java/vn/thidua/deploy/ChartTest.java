package vn.thidua.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The Helm chart, rendered by Helm itself, checked against what it deploys: every setting a module would otherwise
 * take from this machine is set, probes point at the management endpoints the pods listen on, images are the
 * modules' own, selectors find their pods, and the operators' resources hold the cluster sizes the system relies on.
 */
class ChartTest {

    /** Surefire runs in deploy/helm. */
    private static final Path CHART = Path.of("thidua").toAbsolutePath();

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final String RELEASE = "tdkt";
    private static final List<String> MODULES = List.of("campaign-service", "bloc-service", "award-service", "gateway");
    private static final Set<String> HEALTH = Set.of("/q/health/started", "/q/health/ready", "/q/health/live");
    private static final Pattern THIS_MACHINE = Pattern.compile("localhost|127\\.0\\.0\\.1");

    private static List<Map<String, Object>> manifests;

    @BeforeAll
    static void render() {
        String rendered = new Helm(CHART)
                .template()
                .withName(RELEASE)
                .withNamespace("thidua")
                .call();
        manifests = new ArrayList<>();
        LoaderOptions strict = new LoaderOptions();
        strict.setAllowDuplicateKeys(false);
        for (Object doc : new Yaml(strict).loadAll(rendered)) {
            if (doc != null) {
                manifests.add(map(doc));
            }
        }
    }

    @Test
    void helmLintFindsNothing() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
    }

    @Test
    void eachModuleRunsTwiceOrMoreAsItsOwnImage() throws IOException {
        for (String module : MODULES) {
            Map<String, Object> deployment = deploymentOf(module);
            assertTrue(integer(at(deployment, "spec", "replicas")) >= 2, module + " replicas");
            Map<String, Object> container = container(deployment);
            Properties props = quarkusProperties(module);
            String group = props.getProperty("quarkus.container-image.group");
            assertNotNull(group, module + " names its image group");
            assertTrue(
                    String.valueOf(container.get("image"))
                            .matches("[^/]+/" + group + "/" + module + ":0\\.1\\.0-SNAPSHOT"),
                    module + " runs " + container.get("image"));
            Map<String, Object> resources = map(container.get("resources"));
            assertNotNull(at(resources, "requests", "cpu"), module + " requests CPU");
            assertNotNull(at(resources, "limits", "memory"), module + " is bounded in memory");
        }
    }

    @Test
    void probesAskTheHealthEndpointsOnTheManagementPortThePodListensOn() {
        for (String module : MODULES) {
            Map<String, Object> container = container(deploymentOf(module));
            Map<String, String> env = env(container);
            int management = Integer.parseInt(env.get("QUARKUS_MANAGEMENT_PORT"));
            assertEquals("0.0.0.0", env.get("QUARKUS_MANAGEMENT_HOST"), module + ": probes come from outside the pod");
            Map<String, Integer> ports = new HashMap<>();
            for (Object p : list(container.get("ports"))) {
                ports.put(String.valueOf(map(p).get("name")), integer(map(p).get("containerPort")));
            }
            assertEquals(management, ports.get("management"), module + " management port");
            assertEquals(Integer.parseInt(env.get("QUARKUS_HTTP_PORT")), ports.get("http"), module + " http port");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                Map<String, Object> get = map(at(container, probe, "httpGet"));
                assertTrue(HEALTH.contains(get.get("path")), module + " " + probe + " asks " + get.get("path"));
                assertEquals("management", get.get("port"), module + " " + probe + " port");
            }
        }
    }

    /**
     * Every setting that, left alone, points at this machine (the local stack's defaults: localhost, 127.0.0.1) or
     * holds a credential is set in the pod, from its env or from a ConfigMap it loads.
     */
    @Test
    void everySettingThatPointsAtThisMachineIsSet() throws IOException {
        for (String module : MODULES) {
            Map<String, Object> container = container(deploymentOf(module));
            Set<String> set = new HashSet<>(env(container).keySet());
            for (Object from : list(container.get("envFrom"))) {
                String name = String.valueOf(at(map(from), "configMapRef", "name"));
                set.addAll(map(find("ConfigMap", name).get("data")).keySet());
            }
            Properties props = quarkusProperties(module);
            Set<String> needed = new HashSet<>();
            for (String key : props.stringPropertyNames()) {
                String value = props.getProperty(key);
                boolean devOrTest = key.startsWith("%dev.") || key.startsWith("%test.");
                if (!devOrTest
                        && (THIS_MACHINE.matcher(value).find()
                                || key.matches("quarkus\\.datasource\\.(username|password)"))) {
                    needed.add(envName(key.replaceFirst("^%prod\\.", "")));
                }
            }
            assertFalse(needed.isEmpty(), module + " has settings to override");
            Set<String> missing = needed.stream().filter(n -> !set.contains(n)).collect(Collectors.toSet());
            assertEquals(Set.of(), missing, module + " leaves these at this machine's defaults");
        }
    }

    @Test
    void theGatewayRoutesToTheServicesOfTheChart() {
        Map<String, String> env = env(container(deploymentOf("gateway")));
        for (String key : List.of("CAMPAIGN", "BLOC", "AWARD")) {
            for (String prefix : List.of("THIDUA_ROUTES_", "THIDUA_MANAGEMENT_")) {
                String url = env.get(prefix + key);
                assertNotNull(url, prefix + key);
                var m = Pattern.compile("http://([^:]+):(\\d+)").matcher(url);
                assertTrue(m.matches(), url);
                Map<String, Object> service = find("Service", m.group(1));
                Set<Integer> ports = list(at(service, "spec", "ports")).stream()
                        .map(p -> integer(map(p).get("port")))
                        .collect(Collectors.toSet());
                assertTrue(ports.contains(Integer.parseInt(m.group(2))), url + " is a port of its Service");
                assertEquals(key.toLowerCase() + "-service", at(service, "spec", "selector", "app.kubernetes.io/name"));
            }
        }
        Map<String, Object> ingress = only("Ingress");
        Map<String, Object> backend = map(at(
                map(list(at(map(list(at(ingress, "spec", "rules")).get(0)), "http", "paths"))
                        .get(0)),
                "backend",
                "service"));
        Map<String, Object> gateway = find("Service", String.valueOf(backend.get("name")));
        assertEquals("gateway", at(gateway, "spec", "selector", "app.kubernetes.io/name"));
    }

    @Test
    void servicesAutoscalersAndDisruptionBudgetsFindTheirPods() {
        for (Map<String, Object> m : manifests) {
            String kind = String.valueOf(m.get("kind"));
            Map<String, Object> selector = switch (kind) {
                case "Service" -> map(at(m, "spec", "selector"));
                case "PodDisruptionBudget" -> map(at(m, "spec", "selector", "matchLabels"));
                default -> null;
            };
            if (selector != null) {
                boolean matched = kinds("Deployment").stream()
                        .anyMatch(d -> map(at(d, "spec", "template", "metadata", "labels"))
                                .entrySet()
                                .containsAll(selector.entrySet()));
                assertTrue(matched, kind + " " + name(m) + " selects no pods");
            }
            if (kind.equals("HorizontalPodAutoscaler")) {
                find("Deployment", String.valueOf(at(m, "spec", "scaleTargetRef", "name")));
                assertTrue(integer(at(m, "spec", "minReplicas")) >= 2, name(m) + " keeps two pods");
            }
        }
        assertEquals(MODULES.size(), kinds("HorizontalPodAutoscaler").size());
        assertEquals(MODULES.size(), kinds("PodDisruptionBudget").size());
    }

    @Test
    void kafkaIsThreeBrokersThatAcknowledgeWithTwo() {
        Map<String, Object> pool = only("KafkaNodePool");
        assertEquals(3, integer(at(pool, "spec", "replicas")));
        assertEquals(List.of("controller", "broker"), at(pool, "spec", "roles"));
        Map<String, Object> kafka = only("Kafka");
        assertEquals("enabled", at(kafka, "metadata", "annotations", "strimzi.io/kraft"));
        assertEquals(at(pool, "metadata", "labels", "strimzi.io/cluster"), name(kafka));
        assertEquals(3, integer(at(kafka, "spec", "kafka", "config", "default.replication.factor")));
        assertEquals(2, integer(at(kafka, "spec", "kafka", "config", "min.insync.replicas")));
        String bootstrap = String.valueOf(map(only("ConfigMap").get("data")).get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals(name(kafka) + "-kafka-bootstrap:9092", bootstrap, "Strimzi's bootstrap Service of that cluster");
    }

    @Test
    void postgresIsThreeInstancesBackedUpNightlyWithADatabaseForEachService() throws IOException {
        Map<String, Object> cluster = only("Cluster");
        assertEquals(3, integer(at(cluster, "spec", "instances")));
        assertNotNull(at(cluster, "spec", "backup", "barmanObjectStore", "destinationPath"));
        assertEquals(name(cluster), at(only("ScheduledBackup"), "spec", "cluster", "name"));
        Set<String> databases = new HashSet<>();
        databases.add(String.valueOf(at(cluster, "spec", "bootstrap", "initdb", "database")));
        kinds("Database").forEach(d -> databases.add(String.valueOf(at(d, "spec", "name"))));
        for (String module : List.of("campaign-service", "bloc-service", "award-service")) {
            String url = env(container(deploymentOf(module))).get("QUARKUS_DATASOURCE_JDBC_URL");
            assertTrue(url.startsWith("jdbc:postgresql://" + name(cluster) + "-rw:5432/"), url);
            assertTrue(databases.contains(url.substring(url.lastIndexOf('/') + 1)), url + " is created");
            assertEquals(
                    quarkusProperties(module)
                            .getProperty("quarkus.datasource.jdbc.url")
                            .replaceAll(".*/", ""),
                    url.substring(url.lastIndexOf('/') + 1),
                    module + " keeps its database name");
        }
        assertTrue(databases.contains(at(only("Keycloak"), "spec", "db", "database")));
    }

    /** The production realm is the local one without its demo accounts and development client, same roles and claims. */
    @Test
    void theRealmImportedIsTheLocalOneWithoutItsDemoAccountsAndDevelopmentClient() throws IOException {
        Map<String, Object> realm = map(at(only("KeycloakRealmImport"), "spec", "realm"));
        Map<String, Object> local;
        try (Reader in =
                Files.newBufferedReader(REPO.resolve("deploy/keycloak/thidua-realm.json"), StandardCharsets.UTF_8)) {
            local = map(new Yaml().load(in));
        }
        assertEquals(local.get("realm"), realm.get("realm"));
        assertEquals(at(local, "roles", "realm"), at(realm, "roles", "realm"));
        assertEquals(local.get("components"), realm.get("components"), "the user profile (unit_id, position)");
        // no demo accounts: the users are the clients' service accounts, with the roles they act in
        List<Object> serviceAccounts = list(local.get("users")).stream()
                .filter(u -> String.valueOf(map(u).get("username")).startsWith("service-account-"))
                .toList();
        assertEquals(serviceAccounts, realm.get("users"));
        Map<String, Map<String, Object>> localClients = clients(local);
        Map<String, Map<String, Object>> clients = clients(realm);
        assertEquals(
                Set.of("thidua-spa", "thidua-integration", "thidua-accounts"),
                clients.keySet(),
                "no password-grant client");
        for (var client : clients.entrySet()) {
            assertEquals(
                    localClients.get(client.getKey()).get("protocolMappers"),
                    client.getValue().get("protocolMappers"),
                    client.getKey() + " puts the same claims in its tokens");
        }
        assertEquals(
                List.of("https://thidua.gov.vn/*"), clients.get("thidua-spa").get("redirectUris"));
        assertEquals(
                "${THIDUA_INTEGRATION_SECRET}",
                clients.get("thidua-integration").get("secret"));
        assertEquals("${THIDUA_ACCOUNTS_SECRET}", clients.get("thidua-accounts").get("secret"));
        assertEquals(
                Set.of("THIDUA_INTEGRATION_SECRET", "THIDUA_ACCOUNTS_SECRET"),
                map(at(only("KeycloakRealmImport"), "spec", "placeholders")).keySet());
        assertEquals(
                "smtp.thidua.gov.vn", at(realm, "smtpServer", "host"), "the realm mails through the chart's relay");
    }

    /** Only bloc-service, which manages the accounts, holds the secret of Keycloak's client thidua-accounts. */
    @Test
    void onlyBlocServiceHoldsTheAccountsClientSecret() {
        for (String module : MODULES) {
            boolean holds =
                    env(container(deploymentOf(module))).containsKey("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");
            assertEquals(module.equals("bloc-service"), holds, module);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A module's configuration as a service reads it: the platform's defaults, then its own properties. */
    private static Properties quarkusProperties(String module) throws IOException {
        Properties props = new Properties();
        if (!module.equals("gateway")) {
            load(props, REPO.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        }
        load(props, REPO.resolve(module).resolve("src/main/resources/application.properties"));
        return props;
    }

    private static void load(Properties props, Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
    }

    /** MicroProfile Config's environment name of a property: upper case, every other character an underscore. */
    private static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static Map<String, Object> deploymentOf(String module) {
        return kinds("Deployment").stream()
                .filter(d -> module.equals(at(d, "spec", "template", "metadata", "labels", "app.kubernetes.io/name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment runs " + module));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = list(at(deployment, "spec", "template", "spec", "containers"));
        assertEquals(1, containers.size());
        return map(containers.get(0));
    }

    /** The container's environment: literal values, and the name of the Secret key of the others. */
    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new HashMap<>();
        for (Object e : list(container.get("env"))) {
            Map<String, Object> var = map(e);
            Object value = var.containsKey("value") ? var.get("value") : at(var, "valueFrom", "secretKeyRef", "key");
            assertNotNull(value, "env " + var.get("name") + " has a value or a Secret key");
            env.put(String.valueOf(var.get("name")), String.valueOf(value));
        }
        return env;
    }

    private static Map<String, Map<String, Object>> clients(Map<String, Object> realm) {
        Map<String, Map<String, Object>> clients = new HashMap<>();
        list(realm.get("clients")).forEach(c -> clients.put(String.valueOf(map(c).get("clientId")), map(c)));
        return clients;
    }

    private static List<Map<String, Object>> kinds(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    private static Map<String, Object> only(String kind) {
        List<Map<String, Object>> all = kinds(kind);
        assertEquals(1, all.size(), "one " + kind);
        return all.get(0);
    }

    private static Map<String, Object> find(String kind, String name) {
        return kinds(kind).stream()
                .filter(m -> name.equals(name(m)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    private static String name(Map<String, Object> manifest) {
        return String.valueOf(at(manifest, "metadata", "name"));
    }

    private static Object at(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static int integer(Object o) {
        return o instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(o));
    }
}
