package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link ApplyStrategy#SERVER_SIDE_APPLY}: one {@code PATCH} of content type
 * {@value #CONTENT_TYPE} whose body is the rendered manifest, byte for byte, sent through the
 * fabric8 client's own HTTP client (so its authentication, TLS and retries apply). fabric8's
 * {@code serverSideApply()} is not used because it re-serializes the resource as JSON.
 */
final class ServerSideApply implements Applier {
  /** The content type of a server-side apply request. */
  static final String CONTENT_TYPE = "application/apply-patch+yaml";

  private final KubernetesClient client;

  ServerSideApply(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public String apply(ResourceRef ref, String manifest, SparkClientOptions options) {
    HttpClient http = client.getHttpClient();
    HttpRequest request = http.newHttpRequestBuilder()
        .uri(url(ref, options))
        .header("Accept", "application/json")
        .method("PATCH", CONTENT_TYPE, manifest)
        .build();
    HttpResponse<String> response = await(http.sendAsync(request, String.class), ref);
    if (response.isSuccessful()) {
      return response.body();
    }
    throw ClusterErrors.fromStatus(response.code(), status(response), Operation.APPLY, ref, client.getMasterUrl(), null);
  }

  /** Returns the request URL: the resource path with {@code fieldManager}, {@code force} and {@code dryRun}. */
  String url(ResourceRef ref, SparkClientOptions options) {
    String master = client.getMasterUrl().toString().replaceAll("/+$", "");
    StringBuilder url = new StringBuilder(master).append(ref.path())
        .append("?fieldManager=").append(URLEncoder.encode(options.fieldManager(), StandardCharsets.UTF_8));
    if (options.force()) {
      url.append("&force=true");
    }
    if (options.dryRun()) {
      url.append("&dryRun=All");
    }
    return url.toString();
  }

  private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> future, ResourceRef ref) {
    long timeout = client.getConfiguration().getRequestTimeout();
    try {
      return timeout > 0 ? future.get(2L * timeout, TimeUnit.MILLISECONDS) : future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new SparkAppException("Interrupted while applying " + ref + "; nothing is known about its state, "
          + "read it back with get() to check.", e);
    } catch (ExecutionException e) {
      throw ClusterErrors.unreachable(e.getCause(), client.getMasterUrl());
    } catch (TimeoutException e) {
      future.cancel(true);
      throw ClusterErrors.unreachable(e, client.getMasterUrl());
    }
  }

  private Status status(HttpResponse<String> response) {
    String body = response.body();
    if (body != null && body.trim().startsWith("{")) {
      try {
        return client.getKubernetesSerialization().unmarshal(body, Status.class);
      } catch (RuntimeException notAStatus) {
        // fall through: keep the raw text as the message
      }
    }
    return new StatusBuilder().withCode(response.code()).withMessage(body == null ? null : body.trim()).build();
  }
}
