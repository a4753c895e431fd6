package io.devpulse.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets one method or class use an API the build's forbidden-apis check bans (the platform's default
 * charset or locale, System.out/err/exit); {@link #reason} says why it must.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE, ElementType.FIELD})
public @interface SuppressForbidden {
  /** Why the banned API is needed here. */
  String reason();
}
