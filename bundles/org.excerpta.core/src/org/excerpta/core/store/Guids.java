package org.excerpta.core.store;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * New GUIDs: random (version 4) UUIDs, as REFI-QDA expects, drawn from a fast generator of the
 * JDK's LXM family that each thread seeds once from the system's {@link SecureRandom}.
 *
 * <p>Why not {@link UUID#randomUUID()}: it draws every GUID from the operating system's entropy
 * source through a synchronised {@code NativePRNG} that also mixes in SHA-1; importing a million
 * survey answers makes about five million GUIDs, and that took 5% of the import's model thread.
 * A GUID needs to be unique, not secret: with 320 bits of state seeded from {@code SecureRandom},
 * two generators (two threads, two machines, two sessions) do not meet in any sequence of a
 * project's length, and the 122 random bits make a collision within one as unlikely as with
 * {@code randomUUID}.
 */
final class Guids {

	/** 64-bit LCG and 256-bit xoshiro: period 2^64 * (2^256 - 1), equidistributed in four dimensions. */
	private static final String ALGORITHM = "L64X256MixRandom";

	private static final ThreadLocal<RandomGenerator> GENERATOR = ThreadLocal.withInitial(Guids::seeded);

	private Guids() {
	}

	static String next() {
		RandomGenerator g = GENERATOR.get();
		long high = g.nextLong();
		long low = g.nextLong();
		high = high & ~0xF000L | 0x4000L; // version 4: random
		low = low & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L; // the IETF variant
		return new UUID(high, low).toString();
	}

	private static RandomGenerator seeded() {
		SecureRandom seedSource = new SecureRandom();
		byte[] seed = new byte[40]; // the generator's 320 bits of state
		seedSource.nextBytes(seed);
		try {
			return RandomGeneratorFactory.of(ALGORITHM).create(seed);
		} catch (IllegalArgumentException | UnsupportedOperationException e) {
			return seedSource; // a JDK without the LXM generators: slower, as good
		}
	}
}
