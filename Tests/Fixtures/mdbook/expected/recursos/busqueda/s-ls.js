window.LIBRO_BUSQUEDA.recibir("s-ls",["puls"]);
