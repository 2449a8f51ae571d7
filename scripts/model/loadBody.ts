import { readFileSync } from 'node:fs';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { createBodyMesh, type BodyMesh } from '../../src/scene/bodyMesh.ts';

/**
 * Loads a body model the way the app does (three's GLTFLoader with the meshopt decoder, then the
 * app's own mesh adapter), in Node: the committed public/models/body.glb unless given other bytes
 * (for example another build, from `buildBodyGlb`).
 */
export async function loadBodyMesh(
  bytes: Uint8Array = readFileSync(new URL('../../public/models/body.glb', import.meta.url)),
): Promise<BodyMesh> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(buffer as ArrayBuffer, '');
  return createBodyMesh(gltf.scene);
}
