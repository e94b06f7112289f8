package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * package.json as {@code submit} reads it before sending anything: what it records, or an
 * {@link IncompletePackageException} naming the file, never another exception. Seeds: a package.json our writer
 * wrote for a two-component dataset, and hand mutations of it.
 */
class PackageManifestFuzzTest {

	@FuzzTest(maxDuration = "60s")
	void entries(byte[] input) {
		try {
			PackageManifest.Contents read = PackageManifest.read(input, Path.of("out", "package.json"));
			assertFalse(read.files().isEmpty());
			assertTrue(read.uploadFiles() >= 0);
			for (PackageManifest.PackageFile e : read.files()) {
				assertFalse(e.path().startsWith("/") || List.of(e.path().split("/")).contains(".."), e.path());
			}
		}
		catch (IncompletePackageException e) {
			assertTrue(e.getMessage().startsWith("out/package.json is damaged: "), e.getMessage());
			assertFalse(e.getMessage().contains("Exception"), e.getMessage());
		}
	}
}
