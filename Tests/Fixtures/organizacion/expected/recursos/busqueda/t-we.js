window.LIBRO_BUSQUEDA.recibir("t-we",{"webinar":[4,[25,1,32,1,10,1,19,1,8,1,36,1,2,2,3,1,1,1]]});
