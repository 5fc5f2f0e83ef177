package dev.sparkapp.client;

import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * fabric8 7.9.0's mock server in CRUD mode, built as {@code @EnableKubernetesMockClient(crud = true, https = false)}
 * builds it, with one change: a watch's events are written on the server's event loop, in order, instead of by the
 * watch's send thread waiting for that loop.
 *
 * <p>Why: without it, closing a watch while the mock still writes an event to it deadlocks the mock for 30 s. The
 * mock's {@code WatchEventsListener} writes every event from its own single-thread executor, and that thread waits
 * for the write to complete ({@code VertxMockWebSocket.send} → {@code awaitWrite}, up to 30 s), which only the
 * server's event loop can do. When the client's close reaches the server, {@code WatchEventsListener.onClosed} runs
 * on that same event loop and waits for the executor to finish ({@code shutdown()}, then
 * {@code awaitTermination(1, MINUTES)}). A write in flight at that moment holds both threads until {@code awaitWrite}
 * gives up after 30 s: the server answers nothing meanwhile, and {@code MockWebServer.shutdown} (it waits 10 s for
 * the HTTP server to close) throws "Unable to close MockWebServer". A watch closed soon after it opened is the
 * likely case: the mock sends every existing resource to a new watch as {@code ADDED} (whatever its
 * {@code resourceVersion}; the informer already has them from its list and ignores them), so a test that lists,
 * reads its transitions and closes can close during that replay. A real API server does not block like this.
 *
 * <p>Here the watch's socket hands each write (and its close) to the connection's event loop and returns: the
 * executor's tasks never wait for the loop, so {@code onClosed}'s wait for them ends at once. Order is kept (one
 * event-loop queue, in call order), and everything else (CRUD, expectations, watch matching) is fabric8's own.
 */
final class CrudMockServer {
  private CrudMockServer() {}

  /** Starts a CRUD mock server over plain HTTP; {@link KubernetesMockServer#destroy() destroy} it after the test. */
  @SuppressWarnings("deprecation") // Serialization.jsonMapper(): the mapper KubernetesMockServerExtension gives the mock
  static KubernetesMockServer start() {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(),
        responses, new WatchesWriteOnTheEventLoop(responses), false);
    server.init();
    return server;
  }

  /** fabric8's CRUD-and-expectations dispatcher, its watches' sockets writing on the event loop. */
  private static final class WatchesWriteOnTheEventLoop extends KubernetesMixedDispatcher {
    WatchesWriteOnTheEventLoop(Map<ServerRequest, Queue<ServerResponse>> responses) {
      super(responses);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      MockResponse response = super.dispatch(request);
      WebSocketListener listener = response.getWebSocketListener();
      // A watch's upgrade: the CRUD mock's WatchEventsListener (package-private), a fresh one per watch request.
      if (listener != null && !(listener instanceof WritesOnTheEventLoop) && request.getPath().contains("watch=true")) {
        response.withWebSocketUpgrade(new WritesOnTheEventLoop(listener));
      }
      return response;
    }
  }

  /** Hands fabric8's watch listener a socket that writes on the connection's event loop. */
  private static final class WritesOnTheEventLoop extends WebSocketListener {
    private final WebSocketListener watch;
    private volatile WebSocket socket;

    WritesOnTheEventLoop(WebSocketListener watch) {
      this.watch = watch;
    }

    private WebSocket socket(WebSocket given) {
      WebSocket wrapped = socket;
      return wrapped != null ? wrapped : given;
    }

    @Override
    public void onBeforeAccept(WebSocket webSocket, Response response) {
      watch.onBeforeAccept(webSocket, response);
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      // Vert.x calls this on the connection's event loop: its context is where the writes go.
      io.vertx.core.Context loop = Objects.requireNonNull(Vertx.currentContext(),
          "the mock server opens a web socket on its event loop");
      socket = new EventLoopWebSocket(webSocket, loop);
      watch.onOpen(socket, response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      watch.onMessage(socket(webSocket), text);
    }

    @Override
    public void onMessage(WebSocket webSocket, byte[] bytes) {
      watch.onMessage(socket(webSocket), bytes);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      watch.onClosing(socket(webSocket), code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      watch.onClosed(socket(webSocket), code, reason);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
      watch.onFailure(socket(webSocket), failure, response);
    }
  }

  /**
   * A socket whose writes and close run on {@code loop}, queued in call order; they return {@code true} once queued
   * (fabric8's watch listener ignores the result), {@code false} when the loop has stopped (the server is shut down).
   * On the loop, the socket's own writes do not wait ({@code VertxMockWebSocket.awaitWrite} returns at once there).
   */
  private record EventLoopWebSocket(WebSocket socket, io.vertx.core.Context loop) implements WebSocket {
    @Override
    public RecordedRequest request() {
      return socket.request();
    }

    @Override
    public boolean send(String text) {
      return onTheLoop(() -> socket.send(text));
    }

    @Override
    public boolean send(byte[] bytes) {
      return onTheLoop(() -> socket.send(bytes));
    }

    @Override
    public boolean close(int code, String reason) {
      return onTheLoop(() -> socket.close(code, reason));
    }

    private boolean onTheLoop(BooleanSupplier write) {
      try {
        loop.runOnContext(ignored -> write.getAsBoolean());
        return true;
      } catch (RejectedExecutionException stopped) {
        return false;
      }
    }
  }
}
