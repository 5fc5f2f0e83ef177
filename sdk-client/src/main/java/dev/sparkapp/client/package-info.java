/**
 * {@link dev.sparkapp.client.SparkClient}: submits, reads, lists, deletes, suspends, watches, waits for
 * and diagnoses SparkApplications, ScheduledSparkApplications and SparkConnects on a Kubernetes cluster,
 * over the fabric8 kubernetes-client, without shelling out to kubectl.
 *
 * <pre>{@code
 * try (SparkClient spark = SparkClient.create()) {                 // kubeconfig or in-cluster
 *   spark.dryRun().apply(app);                                      // the server checks, stores nothing
 *   spark.apply(List.of(log4jConfigMap, app));                      // ConfigMap first, then the app
 *   SparkApplicationStatus status = spark.waitFor("spark-pi", Duration.ofMinutes(10),
 *       ApplicationStateType.COMPLETED);
 * } catch (OperatorNotInstalledException e) {
 *   // the kubeflow spark-operator's CRDs are missing on that cluster
 * }
 * }</pre>
 *
 * <h2>Two apply strategies</h2>
 *
 * <table>
 *   <caption>{@link dev.sparkapp.client.ApplyStrategy}</caption>
 *   <tr><th></th><th>{@code SERVER_SIDE_APPLY} (default)</th><th>{@code CREATE_OR_REPLACE}</th></tr>
 *   <tr><td>Requests</td>
 *       <td>one {@code PATCH} to the resource's path, content type {@code application/apply-patch+yaml},
 *           query {@code fieldManager}, {@code force=true} when forced, {@code dryRun=All} in a dry run</td>
 *       <td>{@code POST} to the collection; if it already exists, {@code GET} then {@code PUT} at the
 *           latest {@code resourceVersion}; {@code dryRun=All} in a dry run</td></tr>
 *   <tr><td>Body</td>
 *       <td>exactly {@code SparkYaml.strict().toYamlDocument(resource)}</td>
 *       <td>the same manifest, as JSON</td></tr>
 *   <tr><td>Fields set by others</td>
 *       <td>kept: the server merges by field ownership (the operator's {@code status}, labels added by
 *           admission webhooks, another tool's fields)</td>
 *       <td>replaced: the stored object becomes the manifest; fields it lacks are lost</td></tr>
 *   <tr><td>Conflicts</td>
 *       <td>a field owned by another manager: {@link dev.sparkapp.client.ConflictException}, unless
 *           {@code force}</td>
 *       <td>a concurrent change between {@code GET} and {@code PUT}: {@code ConflictException}; retry</td></tr>
 *   <tr><td>Needs</td>
 *       <td>Kubernetes 1.22+ and no proxy that rewrites {@code PATCH} content types</td>
 *       <td>any API server, proxy or test double (fabric8's mock server in CRUD mode)</td></tr>
 * </table>
 *
 * <p>Pick server-side apply unless the cluster or a tool in between cannot do it. Both are idempotent:
 * applying the same manifest again changes nothing.
 *
 * <h2>Reading</h2>
 *
 * <p>{@code get}, {@code list}, {@code suspend}/{@code resume} and {@code waitFor} return the SDK's
 * typed model, read leniently: fields the SDK does not model (a newer operator's) are kept in
 * {@code additionalProperties}, not dropped. {@code waitFor} watches the resource (an informer); it
 * never polls.
 *
 * <h2>Watching and diagnosing</h2>
 *
 * <p>{@link dev.sparkapp.client.SparkClient#watch} starts one {@link dev.sparkapp.client.ApplicationWatch}
 * (a fabric8 informer) over every application of a kind in a namespace and delivers typed
 * {@link dev.sparkapp.client.StateTransition}s; its {@link dev.sparkapp.client.ResumeToken} lets a
 * restarted service resume without replaying what it already handled. {@code events} returns the typed
 * {@link dev.sparkapp.client.ClusterEvent}s of an application and its pods, {@code driverLog} and
 * {@code followDriverLog} read the driver's log within bounds, and {@code diagnose} returns a
 * {@link dev.sparkapp.client.Diagnosis}: the causes of the latest attempt's failure or restart, each with
 * its evidence and what to do, and the operator's retry position.
 *
 * <h2>Errors</h2>
 *
 * <p>Every failure is a {@link dev.sparkapp.core.SparkAppException}; each kind has its own type whose
 * message says what failed, on which API server, and what to do:
 * {@link dev.sparkapp.client.OperatorNotInstalledException} (the CRDs are missing),
 * {@link dev.sparkapp.client.UnauthorizedException} (401), {@link dev.sparkapp.client.ForbiddenException}
 * (403), {@link dev.sparkapp.client.NotFoundException} (404: the resource or its namespace),
 * {@link dev.sparkapp.client.ConflictException} (409), {@link dev.sparkapp.client.InvalidResourceException}
 * (422, with the server's causes), {@link dev.sparkapp.client.ApiServerUnreachableException}, and
 * {@link dev.sparkapp.client.ClusterException} itself for any other answer;
 * {@link dev.sparkapp.client.WaitTimeoutException} and {@link dev.sparkapp.client.TerminalStateException}
 * for waits, {@link dev.sparkapp.client.InvalidResumeTokenException} for a watch's token. No fabric8 exception escapes, and no message contains credentials.
 */
package dev.sparkapp.client;
