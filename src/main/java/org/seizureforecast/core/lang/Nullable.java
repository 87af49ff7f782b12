package org.seizureforecast.core.lang;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field, parameter or return value that may be null. Everything unmarked in {@code core} is
 * non-null, which NullAway checks at compile time (it recognises any annotation named {@code
 * Nullable}); our own annotation keeps the core free of dependencies.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Nullable {}
