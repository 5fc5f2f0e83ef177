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
 * the generated {@code Immutable*} classes are package-private, so their {@code with*} and {@code
 * copyOf} methods are out of reach: the builder is the only way to make or change a value. (Jackson in
 * sdk-yaml still reads into them through the {@code @JsonDeserialize(as = Immutable*.class)} annotations,
 * by reflection.) Builders accept {@code null}
 * for optional attributes (meaning "not set"), collections are JDK collections, and
 * {@link Value.Redacted} attributes (those that commonly hold credentials) print as {@code ****} in
 * {@code toString()}. A builder missing a required attribute fails with {@link InvalidArgumentException}
 * naming the attributes, as everything the SDK throws on purpose is a {@link SparkAppException}.
 *
 * <p>This annotation is public only because generated code in several packages needs it; it is not
 * part of the API that users call.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    redactedMask = "****",
    throwForInvalidImmutableState = InvalidArgumentException.class,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface SparkStyle {}
