window.LIBRO_BUSQUEDA.recibir("s-rs",["asociars","copiars","recurs"]);
