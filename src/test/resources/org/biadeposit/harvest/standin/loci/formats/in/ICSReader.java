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
// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
// As the real one (8.0.0): given either file of an ICS/IDS pair, it reads the .ics header and lists both files
// (.ics first); without the pixel files (getUsedFiles(true)) it lists the .ics alone. The suffix is enough.
package loci.formats.in;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import loci.formats.FormatException;
import loci.formats.FormatReader;

public class ICSReader extends FormatReader {
	private String ics;

	public ICSReader() {
		super("Image Cytometry Standard", "ics", "ids");
	}

	@Override
	protected void initFile(Path file) throws FormatException, IOException {
		String name = file.toString();
		String stem = name.substring(0, name.length() - 4);
		char last = name.charAt(name.length() - 2);
		boolean upper = Character.isUpperCase(last);
		Path icsFile = Path.of(stem + (upper ? ".ICS" : ".ics"));
		Path idsFile = Path.of(stem + (upper ? ".IDS" : ".ids"));
		if (!Files.isRegularFile(icsFile)) throw new FormatException("ICS file not found.");
		if (!Files.readString(icsFile).startsWith("ics_version")) throw new FormatException("not an ICS header");
		if (!Files.isRegularFile(idsFile)) throw new FormatException("IDS file not found.");
		OMEXMLReader.plainImage(store, file);
		ics = icsFile.toString();
		used = new String[] { ics, idsFile.toString() };
	}

	@Override
	public String[] getUsedFiles(boolean noPixels) {
		return noPixels ? new String[] { ics } : getUsedFiles();
	}
}
