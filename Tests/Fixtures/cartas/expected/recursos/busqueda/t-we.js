window.LIBRO_BUSQUEDA.recibir("t-we",{"webinar":[2,[2,1,4,1,1,1,1,1]]});
