package org.biadeposit.biostudies;

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
}
