package dev.sparkapp.client;

/**
 * How {@link SparkClient#apply} writes a resource to the cluster. The package documentation compares
 * the two side by side.
 */
public enum ApplyStrategy {
  /**
   * Server-side apply (the default): one {@code PATCH} with content type
   * {@code application/apply-patch+yaml} whose body is the rendered manifest, recorded under the field
   * manager, honouring {@code force}. Fields set by others (the operator, other tools) are kept.
   */
  SERVER_SIDE_APPLY,

  /**
   * Create the resource, or replace it ({@code PUT}) when it already exists. For clusters, proxies or
   * tools that cannot do server-side apply. A replace overwrites the whole object: fields that other
   * managers set and the manifest lacks are lost. {@code force} and the field manager do not apply.
   */
  CREATE_OR_REPLACE
}
