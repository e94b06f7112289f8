package org.biadeposit.biostudies;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The wait a server asks for in {@code Retry-After} (with 429 Too Many Requests or 503): a number of seconds or an
 * HTTP date (RFC 9110 §10.2.3). Waits up to {@link #LONGEST} are waited; a longer one is not, and the depositor is told
 * when to try again.
 */
final class RetryAfter {

	/** The longest wait the client sits through on its own. */
	static final Duration LONGEST = Duration.ofMinutes(5);

	private RetryAfter() {}

	/** The wait asked for, zero for a date in the past; null when the header is absent or not understood. */
	static Duration parse(String header, Instant now) {
		if (header == null) return null;
		String h = header.strip();
		if (h.matches("\\d{1,10}")) return Duration.ofSeconds(Long.parseLong(h));
		try {
			Instant then = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return then.isAfter(now) ? Duration.between(now, then) : Duration.ZERO;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
