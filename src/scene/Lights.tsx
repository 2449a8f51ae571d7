/** The studio light on the body: a warm key from above front, a cool fill, a rim from behind. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#fffaf2', '#8c8578', 0.9]} />
      <directionalLight position={[1.6, 3.2, 2.6]} intensity={1.7} color="#fff6ea" />
      <directionalLight position={[-2.4, 1.6, 1.2]} intensity={0.45} color="#e4ecff" />
      <directionalLight position={[0, 2.4, -3]} intensity={0.85} color="#ffffff" />
    </>
  );
}
