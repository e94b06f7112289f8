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
package org.biadeposit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.biadeposit.TerminalText;
import org.biadeposit.example.ExampleDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code bia example DIR [--files N] [--size BYTES]}: writes the generated example dataset and its deposit.yaml. */
@Command(name = "example", sortOptions = false, description = {
	"Write the generated example dataset and its deposit.yaml.", "",
	"Writes a synthetic but realistic example dataset into DIR: two biosample variants (wild type, CFTR knock-out), " +
		"two donors, two time points, a confocal and a widefield set-up, as single-file OME-TIFF, a multi-file " +
		"OME-TIFF set with a companion file, ImageJ TIFF hyperstacks, OME-Zarr (NGFF 0.4 and 0.5), a results " +
		"table, a README and a matching DIR/deposit.yaml. The pixel data is made up." })
final class ExampleVerb extends Verb {

	@Parameters(paramLabel = "DIR", arity = "0..1", description = "the folder to write")
	Path dir;

	@Option(names = "--files", paramLabel = "N", converter = WholeNumber.class, description = "at least N image " +
		"files (small confocal tiles are added), for benchmarks")
	Integer files;

	@Option(names = "--size", paramLabel = "BYTES", converter = Bytes.class, description = "also one OME-TIFF of " +
		"at least BYTES bytes (suffixes K, M, G: powers of 1024)")
	Long size;

	@Override
	public Integer call() {
		if (dir == null) throw usage("name the folder to write, e.g. bia example /tmp/example");
		ExampleDataset example = new ExampleDataset();
		if (files != null) example.files(files);
		if (size != null) example.largeFile(size);
		try {
			ExampleDataset.Summary s = example.write(dir);
			out().println("wrote " + s.imageFiles() + " image file(s), " + s.bytes() + " bytes, into " + TerminalText
				.line(s.folder() + " (with " + s.folder().resolve("deposit.yaml") + ")"));
			return 0;
		}
		catch (IOException e) {
			err().println(prefix() + "could not write " + TerminalText.line(dir + ": " + e.getMessage()));
			return 1;
		}
	}

	/** A size in bytes, with an optional K, M or G (powers of 1024). */
	static final class Bytes implements ITypeConverter<Long> {

		@Override
		public Long convert(String text) {
			try {
				return bytes(text);
			}
			catch (NumberFormatException | ArithmeticException e) {
				throw new TypeConversionException("a whole number of bytes, e.g. --size 2G, not '" + text + "'");
			}
		}
	}

	static long bytes(String text) {
		String t = text.trim().toUpperCase(Locale.ROOT);
		long unit = 1;
		if (t.endsWith("K")) unit = 1L << 10;
		else if (t.endsWith("M")) unit = 1L << 20;
		else if (t.endsWith("G")) unit = 1L << 30;
		if (unit > 1) t = t.substring(0, t.length() - 1);
		long v = Long.parseLong(t);
		if (v < 0) throw new NumberFormatException(text);
		return Math.multiplyExact(v, unit);
	}
}
