package org.biadeposit.biostudies;

/** Paths in the user folder on the server. */
final class UserPath {

	private UserPath() {}

	/**
	 * A path in the user folder, checked and normalised: {@code /}-separated, no leading or trailing slash, no empty,
	 * {@code .} or {@code ..} parts, no backslash; {@code ""} for the root (also for null).
	 *
	 * @throws IllegalArgumentException when the path would leave the user folder or uses backslashes
	 */
	static String of(String path) {
		if (path == null) return "";
		String p = path.strip();
		while (p.startsWith("/")) p = p.substring(1);
		while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
		if (p.isEmpty()) return "";
		if (p.contains("\\")) throw new IllegalArgumentException("use / in remote paths, not \\: " + path);
		for (String part : p.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				throw new IllegalArgumentException("not a path inside the user folder: '" + path + "'");
			}
		}
		return p;
	}
}
