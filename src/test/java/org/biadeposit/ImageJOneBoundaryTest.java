/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.biadeposit.fiji.OpenImageHarvest;
import org.junit.jupiter.api.Test;

/**
 * ImageJ 1.x (ij.jar) is Fiji's: only the {@code fiji} package may use it, so that the command line and the service
 * run without it. Reads the compiled classes' constant pools, which name every class a class uses, however it is
 * written in the source (imported or fully qualified).
 */
class ImageJOneBoundaryTest {

	/** A class name or type descriptor naming a class of package {@code ij} or below. */
	private static final Pattern IJ = Pattern.compile("(^|[^A-Za-z0-9_$/])ij/");

	@Test
	void onlyTheFijiPackageUsesImageJOne() throws IOException, URISyntaxException {
		Path classes = Path.of(DepositionService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path fiji = classes.resolve("org/biadeposit/fiji");
		List<Path> outside = new ArrayList<>();
		TreeSet<String> offenders = new TreeSet<>();
		try (Stream<Path> all = Files.walk(classes.resolve("org/biadeposit"))) {
			all.filter(p -> p.toString().endsWith(".class") && !p.startsWith(fiji)).forEach(outside::add);
		}
		for (Path c : outside) {
			if (usesImageJOne(Files.readAllBytes(c))) offenders.add(classes.relativize(c).toString());
		}
		assertTrue(outside.size() > 100, "the compiled classes were found: " + outside.size());
		assertEquals(new TreeSet<>(), offenders, "classes outside fiji/ that use ImageJ 1.x");
	}

	@Test
	void theCheckSeesImageJOneWhereItIsUsed() throws IOException {
		String name = "/" + OpenImageHarvest.class.getName().replace('.', '/') + ".class";
		try (var in = OpenImageHarvest.class.getResourceAsStream(name)) {
			assertTrue(usesImageJOne(in.readAllBytes()), "OpenImageHarvest reads ImagePlus");
		}
		try (var in = DepositionService.class.getResourceAsStream("/org/biadeposit/DepositionService.class")) {
			assertFalse(usesImageJOne(in.readAllBytes()));
		}
	}

	/** Whether a class file's constant pool names a class in {@code ij}. */
	static boolean usesImageJOne(byte[] classFile) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
		if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
		in.readUnsignedShort(); // minor
		in.readUnsignedShort(); // major
		int count = in.readUnsignedShort();
		for (int i = 1; i < count; i++) {
			int tag = in.readUnsignedByte();
			switch (tag) {
				case 1 -> { // Utf8: class names, descriptors, signatures
					if (IJ.matcher(in.readUTF()).find()) return true;
				}
				case 7, 8, 16, 19, 20 -> in.skipBytes(2);
				case 15 -> in.skipBytes(3);
				case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
				case 5, 6 -> {
					in.skipBytes(8);
					i++; // longs and doubles take two entries
				}
				default -> throw new IOException("constant pool tag " + tag + " not known");
			}
		}
		return false;
	}
}
