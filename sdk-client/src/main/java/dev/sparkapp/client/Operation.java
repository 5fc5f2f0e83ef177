package dev.sparkapp.client;

/** What the client was doing when a request failed: the words of the error message and the RBAC verb. */
enum Operation {
  APPLY("apply", "patch"),
  CREATE_OR_REPLACE("create or replace", "create and update"),
  GET("get", "get"),
  LIST("list", "list"),
  DELETE("delete", "delete"),
  PATCH("patch", "patch"),
  WATCH("watch", "watch");

  private final String words;
  private final String verb;

  Operation(String words, String verb) {
    this.words = words;
    this.verb = verb;
  }

  /** Returns the operation as the error message says it, for example {@code apply}. */
  String words() {
    return words;
  }

  /** Returns the RBAC verb(s) the operation needs. */
  String verb() {
    return verb;
  }
}
