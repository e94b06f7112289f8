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
package org.biadeposit.biostudies;

import java.io.IOException;
import org.biadeposit.pagetab.SubmissionPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A package folder as {@code bia package} writes it ({@code submission.json}, {@code filelists/<list>.json},
 * {@code upload-plan.tsv} with local, remote and size), for a dataset of three small image files in two study
 * components.
 */
final class PackageFolder {

	static final String SUBMISSION = String.join("\n", //
		"{", //
		"  \"accno\" : \"\",", //
		"  \"attributes\" : [ {", //
		"    \"name\" : \"Title\",", //
		"    \"value\" : \"Cells and lifetimes, packaged for the biostudies tests\"", //
		"  }, {", //
		"    \"name\" : \"ReleaseDate\",", //
		"    \"value\" : \"2030-01-31\"", //
		"  }, {", //
		"    \"name\" : \"AttachTo\",", //
		"    \"value\" : \"BioImages\"", //
		"  } ],", //
		"  \"section\" : {", //
		"    \"type\" : \"Study\",", //
		"    \"subsections\" : [ {", //
		"      \"accno\" : \"Study Component-1\",", //
		"      \"type\" : \"Study Component\",", //
		"      \"attributes\" : [ {", //
		"        \"name\" : \"Name\",", //
		"        \"value\" : \"Cells\"", //
		"      }, {", //
		"        \"name\" : \"File List\",", //
		"        \"value\" : \"filelists/Cells.json\"", //
		"      } ]", //
		"    }, {", //
		"      \"accno\" : \"Study Component-2\",", //
		"      \"type\" : \"Study Component\",", //
		"      \"attributes\" : [ {", //
		"        \"name\" : \"Name\",", //
		"        \"value\" : \"Lifetime\"", //
		"      }, {", //
		"        \"name\" : \"File List\",", //
		"        \"value\" : \"filelists/Lifetime.json\"", //
		"      } ]", //
		"    } ]", //
		"  },", //
		"  \"type\" : \"submission\"", //
		"}", //
		"");

	final Path dataset, out;
	/** Remote path to local file, in plan order. */
	final Map<String, Path> files = new LinkedHashMap<>();

	private PackageFolder(Path dataset, Path out) {
		this.dataset = dataset;
		this.out = out;
	}

	/** Writes the dataset and the package under {@code tmp}. */
	static PackageFolder write(Path tmp) throws IOException {
		PackageFolder p = new PackageFolder(tmp.resolve("study"), tmp.resolve("out"));
		Random random = new Random(11);
		p.data("cells/control/a.tif", 1000, random);
		p.data("cells/treated/b.tif", 2000, random);
		p.data("lifetime/zstack/c.ome.tif", 3000, random);
		Files.createDirectories(p.out.resolve("filelists"));
		Files.writeString(p.out.resolve(".bia-package"), "bia-deposit package folder\n");
		Files.writeString(p.out.resolve("submission.json"), SUBMISSION, StandardCharsets.UTF_8);
		p.list("Cells", "[ {\n  \"path\" : \"cells/control/a.tif\",\n  \"type\" : \"file\"\n}, {\n" +
			"  \"path\" : \"cells/treated/b.tif\",\n  \"type\" : \"file\"\n} ]\n");
		p.list("Lifetime", "[ {\n  \"path\" : \"lifetime/zstack/c.ome.tif\",\n  \"type\" : \"file\"\n} ]\n");
		p.writePlan();
		return p;
	}

	void writePlan() throws IOException {
		StringBuilder plan = new StringBuilder("local\tremote\tsize\n");
		for (Map.Entry<String, Path> e : files.entrySet()) {
			plan.append(e.getValue()).append('\t').append(e.getKey()).append('\t').append(Files.size(e.getValue()))
				.append('\n');
		}
		Files.writeString(out.resolve("upload-plan.tsv"), plan, StandardCharsets.UTF_8);
		SubmissionPackage.seal(out);
	}

	Path data(String remote, int size, Random random) throws IOException {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		Path f = dataset.resolve(remote);
		Files.createDirectories(f.getParent());
		Files.write(f, bytes);
		files.put(remote, f);
		return f;
	}

	private void list(String name, String json) throws IOException {
		Path f = out.resolve("filelists/" + name + ".json");
		Files.writeString(f, json, StandardCharsets.UTF_8);
		files.put("filelists/" + name + ".json", f);
	}
}
