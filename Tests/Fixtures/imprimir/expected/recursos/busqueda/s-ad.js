window.LIBRO_BUSQUEDA.recibir("s-ad",["agregad"]);
