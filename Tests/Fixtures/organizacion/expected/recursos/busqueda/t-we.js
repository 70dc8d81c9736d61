window.LIBRO_BUSQUEDA.recibir("t-we",{"webinar":[4,[25,1,32,1,35,1,51,1,43,1,87,1,45,2,90,1,91,1]]});
