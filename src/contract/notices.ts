/** Something the host wants the user to know once, e.g. a damaged file it moved aside. */
export interface Notice {
  id: string
  level: 'info' | 'warning'
  title: string
  message: string
  createdAt: string
}
