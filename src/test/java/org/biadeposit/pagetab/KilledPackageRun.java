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
package org.biadeposit.pagetab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.rembi.DepositionBuilder;

/**
 * Run in a child JVM by {@link SubmissionPackageTest}: writes the package of a dataset folder and, at the step
 * named, prints {@code at <step>} and waits to be killed.
 * <p>
 * Arguments: dataset folder, package folder, step.
 * </p>
 */
final class KilledPackageRun {

	private KilledPackageRun() {}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path root = Path.of(args[0]);
		String stop = args[2];
		// a walk that reads no image: the files alone make the File-lists
		DatasetHarvest files = new HarvestRun(new Harvester(List.of()), null, 1).dataset(root);
		SubmissionPackage.write(DepositionBuilder.build(files, null).deposition(), Path.of(args[1]),
			step -> {
				if (!step.equals(stop)) return;
				System.out.println("at " + step);
				System.out.flush();
				try {
					Thread.sleep(Long.MAX_VALUE);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		System.out.println("finished without reaching " + stop);
	}
}
