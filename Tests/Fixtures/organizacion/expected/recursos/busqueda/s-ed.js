window.LIBRO_BUSQUEDA.recibir("s-ed",["pued","qued","red"]);
