window.LIBRO_BUSQUEDA.recibir("s-ch",["cosech","fech","fich","hech"]);
