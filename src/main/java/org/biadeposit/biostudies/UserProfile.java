package org.biadeposit.biostudies;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who is logged in, from the login answer (spec §1 {@code UserProfile}). The session token is not part of it: the
 * client keeps it to itself.
 *
 * @param secret the user folder's path on the server's file store (used for FTP/Aspera uploads); not printed by
 *   {@link #toString()}
 * @param uploadType {@code nfs} or {@code ftp}
 */
public record UserProfile(String email, String username, String fullName, String secret, boolean superuser,
	String uploadType)
{

	@Override
	public String toString() {
		return fullName == null || fullName.isBlank() ? email : fullName + " <" + email + ">";
	}

	/** The profile in a login answer. */
	static UserProfile of(JsonNode answer) {
		return new UserProfile(text(answer, "email"), text(answer, "username"), text(answer, "fullname"), text(answer,
			"secret"), answer.path("superuser").asBoolean(false), text(answer, "uploadType"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || v.isNull() ? null : v.asText();
	}
}
