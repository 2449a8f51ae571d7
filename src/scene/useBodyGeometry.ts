import { useLoader } from '@react-three/fiber';
import type * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/** Where the generated body model is served from (relative, so any base path works). */
export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/**
 * The body's geometry: one indexed mesh whose `_region` attribute holds each vertex's region
 * code. Meshopt-compressed attributes arrive interleaved: read them with getX(i), never .array.
 */
export function useBodyGeometry(): THREE.BufferGeometry {
  const gltf = useLoader(GLTFLoader, BODY_URL, withMeshopt);
  let geometry: THREE.BufferGeometry | undefined;
  gltf.scene.traverse((object) => {
    if (!geometry && (object as THREE.Mesh).isMesh) geometry = (object as THREE.Mesh).geometry;
  });
  if (!geometry || !geometry.getAttribute('_region')) {
    throw new Error('The body model has no region labels.');
  }
  return geometry;
}

useLoader.preload(GLTFLoader, BODY_URL, withMeshopt);
