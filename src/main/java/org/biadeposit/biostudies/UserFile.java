package org.biadeposit.biostudies;

/**
 * A file or folder in the user folder on the server.
 *
 * @param path the path from the user folder's root, {@code /}-separated, e.g. {@code assayA/emb01.tif}
 * @param size in bytes (as the server reports it; 0 or more for folders)
 */
public record UserFile(String path, long size, boolean directory) {

	/** The last part of the path. */
	public String name() {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
