package org.biadeposit.biostudies;

import java.nio.file.Path;

/**
 * Uploads one file and prints its checksums and this JVM's heap limit; run by {@link StreamingUploadTest} in a JVM
 * whose heap is much smaller than the file.
 */
public final class UploadInSmallHeap {

	private UploadInSmallHeap() {}

	/** Arguments: server URL, local file, remote path. */
	public static void main(String[] args) throws Exception {
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(args[0])).retry(RetryPolicy.NONE).build()) {
			Checksums c = client.upload(Path.of(args[1]), args[2], null, true);
			System.out.println(c.size() + " " + c.md5() + " " + c.sha256() + " " + Runtime.getRuntime().maxMemory());
		}
	}
}
