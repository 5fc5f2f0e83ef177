package dev.sparkapp.client;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a failed request into the SDK exception for its failure kind, with a message that says what
 * failed, where, and what to do. The one place where HTTP status codes are interpreted.
 */
final class ClusterErrors {
  private ClusterErrors() {}

  /** Translates a fabric8 exception raised while doing {@code operation} on {@code ref}. */
  static ClusterException translate(KubernetesClientException e, Operation operation, ResourceRef ref, URL server) {
    if (e.getCode() <= 0 && hasIoCause(e)) {
      return unreachable(e, server);
    }
    return fromStatus(e.getCode(), e.getStatus(), operation, ref, server, e);
  }

  /** Returns the exception for a request that got no answer from {@code server}. */
  static ApiServerUnreachableException unreachable(Throwable cause, URL server) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new ApiServerUnreachableException("Cannot reach the Kubernetes API server at " + server + " (" + reason
        + "). Check that the cluster is running and that the kubeconfig context (--context, KUBECONFIG) points to it.",
        0, cause);
  }

  /** Returns the exception for a type the server does not serve. */
  static OperatorNotInstalledException notServed(ResourceType type, URL server) {
    String fix = type.isSpark()
        ? "the kubeflow spark-operator is not installed there. Install it (for example: helm install spark-operator "
            + "spark-operator/spark-operator --namespace spark-operator --create-namespace) or choose a context whose "
            + "cluster has it."
        : "install the CRD that defines " + type.kind() + " or choose another cluster.";
    return new OperatorNotInstalledException("The API server at " + server + " does not serve " + type.fullName() + "/"
        + type.version() + " (" + type.kind() + "): " + fix, 404, null);
  }

  /** Returns the exception for an answer with HTTP status {@code code} and, when the server sent one, a status. */
  static ClusterException fromStatus(int code, Status status, Operation operation, ResourceRef ref, URL server,
      Throwable cause) {
    String what = what(operation, ref, server);
    String said = serverMessage(status, code);
    switch (code) {
      case 401:
        return new UnauthorizedException(what + ": the API server rejected the credentials (401 Unauthorized). Refresh "
            + "the credentials of the kubeconfig context (log in again or renew the token) and retry.", code, cause);
      case 403:
        return new ForbiddenException(what + ": forbidden (403): " + said + ". Ask a cluster administrator for RBAC "
            + "permission to " + operation.verb() + " " + ref.type().fullName()
            + (ref.type().namespaced() ? " in namespace " + ref.namespace() : "") + ", or use a context that has it.",
            code, cause);
      case 404:
        return notFound(status, ref, server, what, cause);
      case 409:
        return new ConflictException(what + ": conflict (409): " + said + ". " + (operation == Operation.APPLY
            ? "Another field manager owns these fields: re-apply with force (--force) to take them over, or leave them "
                + "out of the manifest."
            : "The resource changed on the server or already exists; read it again and retry."), code, cause);
      case 422:
        List<String> causes = causes(status);
        return new InvalidResourceException(what + ": the API server rejected it as invalid (422)"
            + (causes.isEmpty() ? ": " + said : ":\n  - " + String.join("\n  - ", causes))
            + "\nFix the manifest and apply again.", causes, cause);
      default:
        return new ClusterException(what + ": the API server answered " + code + ": " + said + ".", code, cause);
    }
  }

  private static ClusterException notFound(Status status, ResourceRef ref, URL server, String what, Throwable cause) {
    StatusDetails details = status == null ? null : status.getDetails();
    if (details == null || details.getName() == null || details.getName().isEmpty()) {
      return notServed(ref.type(), server);
    }
    if ("namespaces".equals(details.getKind())) {
      return new NotFoundException(what + ": namespace " + details.getName() + " does not exist. Create it (kubectl "
          + "create namespace " + details.getName() + ") or choose another namespace (--namespace).", 404, cause);
    }
    return notFound(what, ref, cause);
  }

  /** Returns the exception for a resource that does not exist. */
  static NotFoundException notFound(Operation operation, ResourceRef ref, URL server) {
    return notFound(what(operation, ref, server), ref, null);
  }

  private static NotFoundException notFound(String what, ResourceRef ref, Throwable cause) {
    return new NotFoundException(what + ": " + ref + " does not exist. Check the name and the namespace "
        + "(--namespace), or apply it first.", 404, cause);
  }

  private static String what(Operation operation, ResourceRef ref, URL server) {
    return "Cannot " + operation.words() + " " + ref + " on " + server;
  }

  private static List<String> causes(Status status) {
    if (status == null || status.getDetails() == null || status.getDetails().getCauses() == null) {
      return List.of();
    }
    return status.getDetails().getCauses().stream().map(ClusterErrors::describe).collect(Collectors.toList());
  }

  private static String describe(StatusCause cause) {
    String message = cause.getMessage() == null ? String.valueOf(cause.getReason()) : cause.getMessage();
    return cause.getField() == null || cause.getField().isEmpty() ? message : cause.getField() + ": " + message;
  }

  private static String serverMessage(Status status, int code) {
    if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
      return status.getMessage();
    }
    return "HTTP " + code;
  }

  private static boolean hasIoCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
