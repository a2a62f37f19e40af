{{/* The image of a module, as ./mvnw package -Pimages pushed it: <registry>/<group>/<module>:<tag>. */}}
{{- define "thidua.image" -}}
{{ .root.Values.image.registry }}/{{ .root.Values.image.group }}/{{ .module }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end }}

{{- define "thidua.labels" -}}
app.kubernetes.io/part-of: thidua
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end }}

{{/* What a Service, a PodDisruptionBudget and an autoscaler select: the pods of one part of one release. */}}
{{- define "thidua.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* The PostgreSQL cluster's read-write service and the Secret CloudNativePG makes for its owner. */}}
{{- define "thidua.db" -}}{{ .Release.Name }}-db{{- end }}

{{- define "thidua.realmUrl" -}}https://{{ .Values.keycloak.host }}/realms/thidua{{- end }}

{{/*
The container of a Quarkus part: health, metrics and OpenAPI on the management port (9000), reachable inside the
cluster only; probes on SmallRye Health's endpoints there.
*/}}
{{- define "thidua.quarkusContainer" -}}
- name: {{ .name }}
  image: {{ include "thidua.image" (dict "root" .root "module" .module) }}
  imagePullPolicy: {{ .root.Values.image.pullPolicy }}
  ports:
    - {name: http, containerPort: 8080}
    - {name: management, containerPort: 9000}
  envFrom:
    - configMapRef:
        name: {{ .root.Release.Name }}-config
  env:
    - {name: QUARKUS_HTTP_PORT, value: "8080"}
    - {name: QUARKUS_MANAGEMENT_PORT, value: "9000"}
    - {name: QUARKUS_MANAGEMENT_HOST, value: "0.0.0.0"}
    - {name: QUARKUS_OIDC_AUTH_SERVER_URL, value: {{ include "thidua.realmUrl" .root | quote }}}
{{- with .env }}
{{ toYaml . | indent 4 }}
{{- end }}
  startupProbe:
    httpGet: {path: /q/health/started, port: management}
    periodSeconds: 2
    failureThreshold: 90
  readinessProbe:
    httpGet: {path: /q/health/ready, port: management}
    periodSeconds: 5
    failureThreshold: 3
  livenessProbe:
    httpGet: {path: /q/health/live, port: management}
    periodSeconds: 10
    failureThreshold: 3
  resources:
{{ toYaml .resources | indent 4 }}
  securityContext:
    runAsNonRoot: true
    runAsUser: 185
    allowPrivilegeEscalation: false
    readOnlyRootFilesystem: true
    capabilities: {drop: [ALL]}
  volumeMounts:
    - {name: tmp, mountPath: /tmp}
{{- end }}
