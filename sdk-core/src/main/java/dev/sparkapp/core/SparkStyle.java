package dev.sparkapp.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value type of the SDK.
 *
 * <p>Values are built only through their nested {@code Builder} ({@code SparkApplication.builder()});
 * the generated {@code Immutable*} classes are an implementation detail. Builders accept {@code null}
 * for optional attributes (meaning "not set"), collections are JDK collections, and
 * {@link Value.Redacted} attributes (those that commonly hold credentials) print as {@code ****} in
 * {@code toString()}.
 *
 * <p>This annotation is public only because generated code in several packages needs it; it is not
 * part of the API that users call.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    redactedMask = "****",
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface SparkStyle {}
