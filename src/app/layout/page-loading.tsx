import styles from './layout.module.css';

export function PageLoading() {
  return (
    <main id="main" tabIndex={-1} className={styles.loading}>
      <p role="status">Loading…</p>
    </main>
  );
}
